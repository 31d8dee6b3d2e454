package org.sira.demo;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page of an instance holding demo data says so. */
@ControllerAdvice
class DemoBanner {

    private final JdbcClient jdbc;
    private volatile Boolean demo;

    DemoBanner(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @ModelAttribute("demoInstance")
    boolean demoInstance() {
        if (!Boolean.TRUE.equals(demo)) {
            // Re-read until true: demo data may be loaded after the first page was served.
            demo = jdbc.sql("SELECT COUNT(*) FROM instance_setting WHERE name = 'demo'").query(Long.class).single() > 0;
        }
        return demo;
    }
}
