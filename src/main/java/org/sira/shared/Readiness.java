package org.sira.shared;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.health.application.ReadinessStateHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Health answers UP only once Sira is ready, after its start-up work (the demo data of a first
 * start, for instance): before, {@code /actuator/health} is 503 OUT_OF_SERVICE. The probe groups
 * stay off, so the body stays {@code {"status":"UP"}} as api-v1 writes it.
 */
@Configuration(proxyBeanMethods = false)
class Readiness {

    @Bean
    ReadinessStateHealthIndicator readinessState(ApplicationAvailability availability) {
        return new ReadinessStateHealthIndicator(availability);
    }
}
