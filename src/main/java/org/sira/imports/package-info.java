/**
 * Imports of persons and returns from spreadsheets (CSV, XLSX): row-by-row reports, all-or-nothing
 * or valid rows only, idempotent re-imports, and the refused rows given back to be fixed.
 */
package org.sira.imports;
