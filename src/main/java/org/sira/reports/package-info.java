/**
 * Statistics and reports: counts of returns by kind, continent, country, sex and region of
 * origin, read straight from the database (never from a cache an import could leave stale).
 */
package org.sira.reports;
