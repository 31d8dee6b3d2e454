package org.sira.bench;

import org.sira.support.WebTest;

/** {@link ServiceReportTimingsBase} on the test suite's H2 in memory. */
@WebTest
class ServiceReportTimings extends ServiceReportTimingsBase {
}
