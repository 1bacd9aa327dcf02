package org.corridor.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.corridor.entities.Recogniser;

/** Every export format, in the order the dialog lists them; the entity table only when a recogniser exists. */
public final class Exporters {

    public static final String ENTITIES = "entities";

    private final List<NotesExporter> all;

    public Exporters(Optional<Recogniser> recogniser) {
        List<NotesExporter> list = new ArrayList<>(List.of(new MarkdownExporter(), new CsvExporter(),
                new HtmlExporter(), new WebAnnotationExporter(), new QdpxExporter(), new QdcExporter()));
        recogniser.ifPresent(r -> list.add(new EntityTableExporter(r)));
        this.all = List.copyOf(list);
    }

    public List<NotesExporter> all() {
        return all;
    }

    public Optional<NotesExporter> find(String id) {
        return all.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** The ids the command line accepts, including the entity table even when this build cannot make it. */
    public static List<String> knownIds() {
        return List.of("md", "csv", "html", "webanno", "qdpx", "qdc", ENTITIES);
    }

    /** True for formats about articles rather than notes, whose scope is a set of articles. */
    public static boolean isArticleTable(String id) {
        return ENTITIES.equals(id);
    }
}
