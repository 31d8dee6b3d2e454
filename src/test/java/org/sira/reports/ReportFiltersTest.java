package org.sira.reports;

import org.sira.support.WebTest;

@WebTest
class ReportFiltersTest extends ReportFiltersContract {
}
