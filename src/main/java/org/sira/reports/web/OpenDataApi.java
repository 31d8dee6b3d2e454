package org.sira.reports.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.sira.reports.OpenDataDimension;
import org.sira.reports.OpenDataExport;
import org.sira.reports.OpenDataPeriod;
import org.sira.reports.OpenDataQuery;
import org.sira.reports.internal.OpenDataTable;
import org.sira.shared.FieldError;
import org.sira.shared.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/exports/open-data} of api-v1.md, and the data dictionary that goes with it. */
@RestController
class OpenDataApi {

    static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);
    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    /** The formats of the export: CSV, CSV with a row of HXL hashtags, and XLSX (an addition to api-v1). */
    enum Format { CSV, HXL, XLSX }

    private final OpenDataExport export;
    private final MessageSource messages;

    OpenDataApi(OpenDataExport export, MessageSource messages) {
        this.export = export;
        this.messages = messages;
    }

    @GetMapping("/api/v1/exports/open-data")
    ResponseEntity<byte[]> export(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                  @RequestParam(required = false) String period, @RequestParam(required = false) String by,
                                  @RequestParam(required = false) String format) throws IOException {
        return download(export, Request.parse(from, to, period, by, format));
    }

    static ResponseEntity<byte[]> download(OpenDataExport export, Request request) throws IOException {
        OpenDataTable table = export.export(request.query(), request.format().name().toLowerCase(Locale.ROOT));
        String name = "sira-open-data-" + request.query().from() + "-" + request.query().to() + (request.format() == Format.HXL ? "-hxl" : "");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (request.format() == Format.XLSX) {
            OpenDataFiles.xlsx(table, out);
            return file(out, XLSX, name + ".xlsx");
        }
        OpenDataFiles.csv(table, request.format() == Format.HXL, out);
        return file(out, CSV, name + ".csv");
    }

    @GetMapping("/api/v1/exports/open-data/dictionary")
    ResponseEntity<byte[]> dictionary() throws IOException {
        return dictionary(export, messages);
    }

    static ResponseEntity<byte[]> dictionary(OpenDataExport export, MessageSource messages) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OpenDataFiles.dictionary(export.threshold(), messages, LocaleContextHolder.getLocale(), out);
        return file(out, CSV, "sira-open-data-dictionary.csv");
    }

    static ResponseEntity<byte[]> file(ByteArrayOutputStream out, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(out.toByteArray());
    }

    /** The parameters read and checked together, so that every mistake is reported at once. */
    record Request(OpenDataQuery query, Format format) {

        static Request parse(LocalDate from, LocalDate to, String period, String by, String format) {
            List<FieldError> errors = new ArrayList<>();
            OpenDataPeriod chosenPeriod = OpenDataPeriod.YEAR;
            if (period != null && !period.isBlank()) {
                chosenPeriod = OpenDataPeriod.of(period).orElse(null);
                if (chosenPeriod == null) {
                    errors.add(new FieldError("period", "opendata.period.unknown", period));
                }
            }
            List<OpenDataDimension> dimensions = new ArrayList<>(List.of(OpenDataDimension.values()));
            if (by != null && !by.isBlank()) {
                dimensions.clear();
                for (String name : by.split(",", -1)) {
                    Optional<OpenDataDimension> dimension = OpenDataDimension.ofColumn(name);
                    if (dimension.isEmpty()) {
                        errors.add(new FieldError("by", "opendata.by.unknown", name.strip()));
                    } else if (dimensions.contains(dimension.get())) {
                        errors.add(new FieldError("by", "opendata.by.repeated", name.strip()));
                    } else {
                        dimensions.add(dimension.get());
                    }
                }
            }
            Format chosenFormat = Format.CSV;
            if (format != null && !format.isBlank()) {
                chosenFormat = Arrays.stream(Format.values()).filter(f -> f.name().equalsIgnoreCase(format.strip())).findFirst().orElse(null);
                if (chosenFormat == null) {
                    errors.add(new FieldError("format", "opendata.format.unknown", format));
                }
            }
            OpenDataQuery query = null;
            try {
                query = new OpenDataQuery(from, to, chosenPeriod == null ? OpenDataPeriod.YEAR : chosenPeriod, dimensions);
            } catch (InvalidInputException e) {
                errors.addAll(e.errors());
            }
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
            return new Request(query, chosenFormat);
        }
    }
}
