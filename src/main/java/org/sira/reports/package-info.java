/**
 * Statistics and reports: counts of returns by kind, continent, country, sex and region of
 * origin, and of the assistance, casework and donor projects' figures, read straight from the
 * database: whole months of returns from counts kept per month, trusted only while no transaction
 * has changed those months' returns since ({@code internal.MonthlyTallies}), never from a cache an
 * import could leave stale.
 */
package org.sira.reports;
