package cn.kaowu.core.registry.importing;

import java.util.List;

/** A roster file read into rows, or the file-level errors (empty file, bad headers, unreadable). */
public record ParsedRoster(List<RawRow> rows, List<RosterImportError> errors) {

    public ParsedRoster {
        rows = List.copyOf(rows);
        errors = List.copyOf(errors);
    }

    static ParsedRoster failed(String message) {
        return new ParsedRoster(List.of(), List.of(RosterImportError.file(message)));
    }
}
