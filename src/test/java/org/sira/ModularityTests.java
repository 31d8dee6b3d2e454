package org.sira;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(SiraApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublicApiAndHaveNoCycles() {
        modules.verify();
    }

    /**
     * The module diagrams (PlantUML) and canvases: into {@code target/} at every run, into
     * {@code docs/modules/} with {@code -Dsira.docs.write=true} (Modulith orders their arrows
     * differently from run to run, so writing the docs at every test run would change them each time).
     */
    @Test
    void writesTheModuleDiagrams() {
        String folder = Boolean.getBoolean("sira.docs.write") ? "docs/modules" : "target/spring-modulith-docs";
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(folder))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
