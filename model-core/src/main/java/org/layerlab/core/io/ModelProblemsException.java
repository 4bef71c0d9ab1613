package org.layerlab.core.io;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A model file has several problems, told together so the user can fix them in one go: one line naming the
 * file, then each problem with its layer and field, for example {@code m.json: 2 problems: layer "a": field
 * "units": must be in [1, inf), got 0; layer "drop": field "rate": must be in [0, 1), got 1.5}.
 */
public final class ModelProblemsException extends ModelFormatException {
    private final List<String> problems;

    private ModelProblemsException(String file, List<String> problems) {
        super(file, null, null, problems.size() + " problems: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    /**
     * The one exception to throw for these failures of one file: the failure itself when there is one and
     * nothing else to say, else all of them together.
     *
     * @param others problems that alone would not refuse the file, told after the failures
     */
    static ModelFormatException of(String file, List<ModelFormatException> failures, List<String> others) {
        if (failures.size() == 1 && others.isEmpty()) {
            return failures.get(0);
        }
        List<String> all = failures.stream().map(ModelProblemsException::withoutFile)
                .collect(Collectors.toList());
        all.addAll(others);
        return new ModelProblemsException(file, all);
    }

    private static String withoutFile(ModelFormatException e) {
        String prefix = (e.file() == null ? "<model>" : e.file()) + ": ";
        return e.getMessage().startsWith(prefix) ? e.getMessage().substring(prefix.length()) : e.getMessage();
    }

    /** Each problem in one line, without the file. */
    public List<String> problems() {
        return problems;
    }
}
