package org.sira.arrivals;

import org.sira.support.WebTest;

@WebTest
class ManifestRowCorrectionTest extends ManifestRowCorrectionContract {
}
