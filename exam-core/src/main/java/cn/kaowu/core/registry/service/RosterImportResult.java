package cn.kaowu.core.registry.service;

import cn.kaowu.core.registry.importing.RosterImportError;

import java.util.List;

/**
 * The outcome of a roster upload. When {@code errors} is not empty nothing was written.
 *
 * @param rows               data rows read (the template's example row not counted)
 * @param personsCreated     people new to the registry (一人一档)
 * @param entriesCreated     trainees added to the class
 * @param entriesUpdated     trainees already on the class whose enterprise, job title or hours changed
 * @param entriesUnchanged   trainees already on the class exactly as the file has them (nothing written)
 * @param enterprisesCreated enterprises registered because the file named them for the first time
 */
public record RosterImportResult(List<RosterImportError> errors, int rows, int personsCreated, int entriesCreated,
                                 int entriesUpdated, int entriesUnchanged, int enterprisesCreated) {

    public RosterImportResult {
        errors = List.copyOf(errors);
    }

    public boolean imported() {
        return errors.isEmpty();
    }

    /** The errors as lines to show, e.g. {@code 第7行 身份证号：校验位错误}. */
    public List<String> errorTexts() {
        return errors.stream().map(RosterImportError::text).toList();
    }

    static RosterImportResult failed(List<RosterImportError> errors) {
        return new RosterImportResult(errors, 0, 0, 0, 0, 0, 0);
    }
}
