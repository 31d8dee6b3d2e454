package org.sira.arrivals.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.sira.arrivals.PersonReturn;
import org.sira.arrivals.ReturnKind;

/** A return as the API shows it. */
record ReturnView(UUID id, UUID personId, UUID groupId, ReturnKind returnKind, String countryFrom,
                  List<String> transitCountries, LocalDate leftMaliOn, Integer yearsAbroad, LocalDate arrivalDate,
                  String arrivalPoint, String programme, Boolean detained, Integer detentionDays,
                  Boolean belongingsLeft, Boolean wagesUnpaid, Boolean familyLeftAbroad, int version) {

    static ReturnView of(PersonReturn r) {
        PersonReturn.ReturnDetails d = r.details();
        return new ReturnView(r.id(), r.personId(), r.groupId(), d.returnKind(), d.countryFrom(), d.transitCountries(),
                d.leftMaliOn(), d.yearsAbroad(), d.arrivalDate(), d.arrivalPoint(), d.programme(), d.detained(),
                d.detentionDays(), d.belongingsLeft(), d.wagesUnpaid(), d.familyLeftAbroad(), r.version());
    }
}
