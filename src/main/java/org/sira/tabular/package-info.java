/**
 * Reading the spreadsheets people bring to an import (CSV and XLSX, as they come out of years of
 * office use) into plain rows of text, matching their headers to Sira's fields, parsing cells, and
 * writing the refused rows back so they can be fixed and imported again.
 */
package org.sira.tabular;
