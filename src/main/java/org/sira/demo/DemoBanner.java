package org.sira.demo;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page of an instance holding demo data says so. */
@ControllerAdvice
class DemoBanner {

    private final JdbcClient jdbc;
    private volatile boolean demo;

    DemoBanner(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Demo data is only ever loaded at start-up, before the application is ready: one look is enough. */
    @EventListener(ApplicationReadyEvent.class)
    void look() {
        demo = jdbc.sql("SELECT COUNT(*) FROM instance_setting WHERE name = 'demo'").query(Long.class).single() > 0;
    }

    @ModelAttribute("demoInstance")
    boolean demoInstance() {
        return demo;
    }
}
