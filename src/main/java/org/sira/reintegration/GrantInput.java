package org.sira.reintegration;

/**
 * A grant as sent: {@code kind} CASH or IN_KIND; {@code amountXof} whole francs CFA (a JSON integer
 * or digits, spaces allowed), {@code currency} XOF when given; the budget line it is charged to; the day.
 */
public record GrantInput(String kind, Object amountXof, String currency, String projectLineId, String grantedOn, String description,
                         String requestId) {
}
