package org.sira.shared.jdbc;

import org.sira.support.WebTest;

@WebTest
class BulkInsertTest extends BulkInsertContract {
}
