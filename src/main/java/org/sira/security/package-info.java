/**
 * Users, roles and what each role may do (one matrix, {@link org.sira.security.Role}), login,
 * and the append-only, hash-chained audit log of who read and changed what.
 */
package org.sira.security;
