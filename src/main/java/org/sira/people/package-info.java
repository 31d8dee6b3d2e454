/**
 * A person's identity as the organisation knows it: names and aliases, sex, date of birth with
 * its precision, origin, contacts, documents, parents' names, vulnerabilities and consent;
 * the spelling-tolerant search of the registry.
 */
package org.sira.people;
