package org.corridor.ui.compare;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.corridor.compare.AlignedSentence;
import org.corridor.compare.Comparer;
import org.corridor.compare.Comparison;
import org.corridor.compare.CorpusComparers;
import org.corridor.compare.EntityCount;
import org.corridor.compare.SharedPhrase;
import org.corridor.compare.Span;
import org.corridor.corpus.Article;
import org.corridor.corpus.ArticleMeta;
import org.corridor.corpus.Corpus;
import org.corridor.entities.Recogniser;
import org.corridor.ui.common.Background;
import org.corridor.ui.reader.ReaderViewModel;

/**
 * The side-by-side comparison's state. Opening two articles shows their texts at once (each side is a reader
 * of its own); the comparison is computed in the background and fills in when ready. A result that arrives
 * after the user already chose other articles is dropped.
 */
public final class CompareViewModel {

    /** What is highlighted in both texts: an entity's mentions or a phrase's occurrences. */
    public record Focus(String label, List<Span> inA, List<Span> inB) {
    }

    private final Background background;
    private final Recogniser recogniser;
    private final CorpusComparers comparers;
    private final ReaderViewModel left;
    private final ReaderViewModel right;
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Comparison> comparison = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Focus> focus = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper selectedPair = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final BooleanProperty follow = new SimpleBooleanProperty(false);
    private final BooleanProperty hideCommonPhrases = new SimpleBooleanProperty(false);
    private Corpus corpus;
    private ArticleMeta leftMeta;
    private ArticleMeta rightMeta;
    private long generation;

    public CompareViewModel(Background background, Recogniser recogniser, CorpusComparers comparers) {
        this.background = background;
        this.recogniser = recogniser;
        this.comparers = comparers;
        this.left = new ReaderViewModel(background);
        this.right = new ReaderViewModel(background);
    }

    public void setCorpus(Corpus corpus) {
        this.corpus = corpus;
        left.setCorpus(corpus);
        right.setCorpus(corpus);
        close();
    }

    /** Shows the two articles side by side and starts comparing them. */
    public void open(ArticleMeta a, ArticleMeta b) {
        if (corpus == null || a == null || b == null) {
            return;
        }
        long ticket = ++generation;
        leftMeta = a;
        rightMeta = b;
        comparison.set(null);
        focus.set(null);
        selectedPair.set(-1);
        status.set("Comparing…");
        active.set(true);
        left.open(a);
        right.open(b);
        Corpus from = corpus;
        background.runTracked("Comparing articles…", progress -> {
            Article articleA = from.open(a.id());
            Article articleB = from.open(b.id());
            Comparer comparer = comparers.forCorpus(from, progress);
            return comparer.compare(articleA, recogniser.recognise(articleA), articleB, recogniser.recognise(articleB));
        }, result -> {
            if (ticket == generation) {
                comparison.set(result);
                status.set("");
            }
        }, error -> {
            if (ticket == generation) {
                status.set("Could not compare: " + error.getMessage());
            }
        });
    }

    public void swap() {
        if (active.get()) {
            open(rightMeta, leftMeta);
        }
    }

    /** Back to reading one article. */
    public void close() {
        generation++;
        active.set(false);
        comparison.set(null);
        focus.set(null);
        selectedPair.set(-1);
        status.set("");
    }

    public void focusEntity(EntityCount entity) {
        refocus(new Focus(entity.label(), entity.inA(), entity.inB()));
    }

    public void focusPhrase(SharedPhrase phrase) {
        refocus(new Focus(phrase.text(), phrase.inA(), phrase.inB()));
    }

    /** Clicking the same item again scrolls to it again, so the change must be seen even when equal. */
    private void refocus(Focus next) {
        focus.set(null);
        focus.set(next);
    }

    public void selectPair(int index) {
        Comparison c = comparison.get();
        if (c != null && index >= 0 && index < c.alignedSentences().size()) {
            selectedPair.set(index);
        }
    }

    public void nextPair() {
        selectPair(selectedPair.get() + 1);
    }

    public void previousPair() {
        selectPair(selectedPair.get() < 0 ? 0 : selectedPair.get() - 1);
    }

    /** The aligned pair of the first left sentence that ends after {@code leftOffset}, for "follow". */
    public Optional<AlignedSentence> pairFrom(int leftOffset) {
        Comparison c = comparison.get();
        if (c == null) {
            return Optional.empty();
        }
        return c.alignedSentences().stream().filter(p -> p.inA().end() > leftOffset).findFirst();
    }

    /** The text of a span of the left (or right) article, once it is shown. */
    public String text(Span span, boolean leftSide) {
        Article a = (leftSide ? left : right).articleProperty().get();
        if (a == null || span.end() > a.text().length()) {
            return "";
        }
        return span.of(a.text());
    }

    public ReaderViewModel left() {
        return left;
    }

    public ReaderViewModel right() {
        return right;
    }

    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Comparison> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Focus> focusProperty() {
        return focus.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty selectedPairProperty() {
        return selectedPair.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public BooleanProperty followProperty() {
        return follow;
    }

    public BooleanProperty hideCommonPhrasesProperty() {
        return hideCommonPhrases;
    }
}
