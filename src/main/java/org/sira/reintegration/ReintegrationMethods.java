package org.sira.reintegration;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The scoring method in force, read at start from {@code sira.reintegration.method} (a JSON file;
 * {@code classpath:reintegration/method-v1.json} by default). A new version is a new file: the
 * assessments keep their raw answers and are scored again under it (see {@link ReintegrationAssessments}).
 */
@Component
public class ReintegrationMethods {

    private final ReintegrationMethod inForce;

    ReintegrationMethods(@Value("${sira.reintegration.method:classpath:reintegration/method-v1.json}") Resource file,
                         JsonMapper json) {
        this.inForce = read(file, json);
    }

    public static ReintegrationMethod read(Resource file, JsonMapper json) {
        try (InputStream in = file.getInputStream()) {
            return json.readValue(in, ReintegrationMethod.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the reintegration method " + file, e);
        }
    }

    public ReintegrationMethod inForce() {
        return inForce;
    }
}
