/**
 * Backups of the database, encrypted under a passphrase and never holding the notes key, and the
 * restore that checks them (the {@code backup} and {@code restore} commands, the admin page).
 */
package org.sira.backup;
