/**
 * Statistics and reports: counts of returns by kind, continent, country, sex and region of
 * origin, and of the assistance, casework and donor projects' figures, read straight from the
 * database (never from a cache an import could leave stale).
 */
package org.sira.reports;
