package org.sira.shared.web;

import jakarta.servlet.MultipartConfigElement;

import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tomcat writes the parts of a multipart request to disk while it reads them. Boot's default puts
 * them in Tomcat's work folder, with the umask's mode (readable by every account); here they go
 * to the private uploads folder of the data directory. The location must be absolute: Tomcat
 * would resolve a relative one against its own work folder.
 */
@Configuration(proxyBeanMethods = false)
class UploadLocation {

    @Bean
    MultipartConfigElement multipartConfigElement(MultipartProperties properties, Uploads uploads) {
        MultipartConfigElement configured = properties.createMultipartConfig();
        return new MultipartConfigElement(uploads.directory().toString(), configured.getMaxFileSize(),
                configured.getMaxRequestSize(), configured.getFileSizeThreshold());
    }
}
