package org.sira.arrivals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.sira.shared.FieldError;
import org.sira.shared.InvalidInputException;
import org.sira.tabular.ImportField;
import org.sira.tabular.TabularFile;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * What each column of a manifest holds, as the person loading it said when the headings were not
 * understood. Checked before any row is staged, so that a wrong choice costs a message rather than
 * a manifest of rows with the phone number in the name.
 *
 * @param fields         the field of each chosen column (0-based); other columns are ignored
 * @param firstRowIsData whether the file has no header row: its first row is then a person too
 * @throws InvalidInputException with one error per offending column ({@code column.N}) when a
 *                               field is chosen twice or is not one a manifest carries, and on
 *                               {@code columns} when no column holds a name
 */
public record ColumnMapping(Map<Integer, ImportField> fields, boolean firstRowIsData) {

    public ColumnMapping {
        fields = Collections.unmodifiableMap(new TreeMap<>(fields));
        List<FieldError> errors = new ArrayList<>();
        for (Map.Entry<Integer, ImportField> choice : fields.entrySet()) {
            if (choice.getKey() < 0 || !Manifests.FIELDS.contains(choice.getValue())) {
                errors.add(new FieldError(field(choice.getKey()), "manifest.mapping.unknown-field"));
            }
        }
        for (ImportField field : Manifests.FIELDS) {
            List<Integer> columns = fields.entrySet().stream().filter(e -> e.getValue() == field).map(Map.Entry::getKey).toList();
            if (columns.size() > 1) {
                String letters = String.join(", ", columns.stream().map(TabularFile::columnLetter).toList());
                for (int column : columns) {
                    errors.add(new FieldError(field(column), "manifest.mapping.duplicate", letters,
                            new DefaultMessageSourceResolvable(labelKey(field))));
                }
            }
        }
        if (!fields.containsValue(ImportField.FAMILY_NAME) && !fields.containsValue(ImportField.GIVEN_NAMES)
                && !fields.containsValue(ImportField.FULL_NAME)) {
            errors.add(new FieldError("columns", "manifest.mapping.name-required"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** The name under which a column's choice travels in a form and in its errors. */
    public static String field(int column) {
        return "column." + column;
    }

    /** The message key of a field's label, the same the person form uses. */
    public static String labelKey(ImportField field) {
        return switch (field) {
            case FAMILY_NAME -> "field.familyName";
            case GIVEN_NAMES -> "field.givenNames";
            case FULL_NAME -> "field.fullName";
            case SEX -> "field.sex";
            case BIRTH_DATE -> "field.birthDate";
            case FATHER_GIVEN_NAME -> "field.fatherGivenName";
            case MOTHER_NAME -> "field.motherName";
            case ORIGIN_REGION -> "field.originRegion";
            case ORIGIN_COMMUNE -> "field.originCommune";
            case PHONE -> "field.phone";
            case DOCUMENT_NUMBER -> "field.documentNumber";
            case EXTERNAL_REF -> "field.externalRef";
            case RETURN_KIND -> "field.returnKind";
            case COUNTRY_FROM -> "field.countryFrom";
            case ARRIVAL_DATE -> "field.arrivalDate";
            case ARRIVAL_POINT -> "field.arrivalPoint";
        };
    }
}
