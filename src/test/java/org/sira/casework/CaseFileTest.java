package org.sira.casework;

import org.sira.casework.internal.CaseFile;
import org.sira.casework.internal.CaseStatus;

import org.junit.jupiter.api.Test;
import org.sira.shared.DomainException;
import org.sira.shared.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A case's states, and its closure in two steps. */
class CaseFileTest {

    @Test
    void anOpenCaseIsPutOnHoldAndResumed() {
        CaseFile file = CaseFile.opened();
        file.hold();
        assertThat(file.status()).isEqualTo(CaseStatus.ON_HOLD);
        assertThatThrownBy(file::hold).isInstanceOf(DomainException.class);
        file.resume();
        assertThat(file.status()).isEqualTo(CaseStatus.OPEN);
        assertThatThrownBy(file::resume).isInstanceOf(DomainException.class);
    }

    @Test
    void closingWithoutACoordinatorsApprovalIsRefused() {
        CaseFile file = CaseFile.opened();
        file.requestClosure("Réinstallé au village, plus de besoin", "caseworker");
        assertThatThrownBy(() -> file.approveClosure("caseworker", false))
                .isInstanceOf(DomainException.class).hasMessage("case.closure.needs-approval");
        assertThat(file.status()).isEqualTo(CaseStatus.OPEN);
        file.approveClosure("coordinator", true);
        assertThat(file.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(file.closureApprovedBy()).isEqualTo("coordinator");
    }

    @Test
    void aCoordinatorApprovesOnlyAClosureSomeoneAskedFor() {
        assertThatThrownBy(() -> CaseFile.opened().approveClosure("coordinator", true))
                .isInstanceOf(DomainException.class).hasMessage("case.closure.not-requested");
    }

    @Test
    void aClosureNeedsAReasonOfTenCharactersAndAClosedCaseChangesNoMore() {
        CaseFile file = CaseFile.opened();
        assertThatThrownBy(() -> file.requestClosure("   fini   ", "cw")).isInstanceOf(InvalidInputException.class);
        file.requestClosure("Parti vivre à Kayes", "cw");
        file.approveClosure("coordinator", true);
        assertThatThrownBy(file::hold).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> file.requestClosure("Encore une fois fermé", "cw")).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> file.approveClosure("coordinator", true)).isInstanceOf(DomainException.class);
    }
}
