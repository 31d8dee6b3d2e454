package org.sira.reports;

import org.sira.support.WebTest;

@WebTest
class ServiceReportsTest extends ServiceReportsContract {
}
