/**
 * Host centres: rooms and beds, who sleeps where tonight (stays, check-in and check-out), the
 * assistance handed out to each person and the stock it comes from, balance by balance.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"people", "arrivals", "programmes", "security", "shared"})
package org.sira.shelter;
