package cn.kaowu.bank.importing;

import cn.kaowu.core.policy.RuleViolation;

import java.util.List;

/**
 * An import refused as a whole (nothing written), with every problem by row/item and column.
 * A {@link RuleViolation}: the UI shows the reasons, the API answers 422.
 */
public class ImportRejected extends RuleViolation {

    private final transient List<ImportError> errors;

    public ImportRejected(List<ImportError> errors) {
        super(errors.stream().map(ImportError::toString).toList());
        this.errors = List.copyOf(errors);
    }

    public List<ImportError> errors() {
        return errors;
    }
}
