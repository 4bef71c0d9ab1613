package org.layerlab.app.editor;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.layerlab.app.i18n.Messages;
import org.layerlab.core.layer.InputCount;
import org.layerlab.core.layer.LayerGroup;
import org.layerlab.core.layer.LayerRegistry;
import org.layerlab.core.layer.LayerType;

/** The installed layer types as the editor words them: in the UI's language, by group. */
public final class LayerCatalog {
    private final LayerRegistry registry;
    private final Messages messages;

    public LayerCatalog(LayerRegistry registry, Messages messages) {
        this.registry = registry;
        this.messages = messages;
    }

    public LayerRegistry registry() {
        return registry;
    }

    /** Every type, group by group in the palette's order, then by name. */
    public List<PaletteEntry> entries() {
        return registry.types().stream()
                .sorted(Comparator.comparing((LayerType t) -> t.group().ordinal()).thenComparing(LayerType::className))
                .map(this::entry).toList();
    }

    public PaletteEntry entry(LayerType type) {
        return new PaletteEntry(type.className(), groupName(type.group()), type.iconName(), type.description(messages.locale()));
    }

    public String groupName(LayerGroup group) {
        return messages.text("group." + group.name().toLowerCase(Locale.ROOT));
    }

    /** The style class of a group, for colouring node headers. */
    public static String groupStyle(LayerGroup group) {
        return "group-" + group.name().toLowerCase(Locale.ROOT);
    }

    /**
     * How many input ports a node shows: as many as it takes when that is fixed, else one more than are
     * wired (so a merge always has a free port), at least its minimum.
     */
    public static int portsFor(LayerType type, int wired) {
        InputCount count = type.inputCount();
        if (count.min() == count.max()) {
            return count.max();
        }
        return Math.min(count.max(), Math.max(count.min(), wired + 1));
    }
}
