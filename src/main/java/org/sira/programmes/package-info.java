/**
 * Donors, the projects they fund with their period and budget lines, and what each line paid
 * for: spent against budget, people reached, and the list a donor may see (never names).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"reference", "security", "shared"})
package org.sira.programmes;
