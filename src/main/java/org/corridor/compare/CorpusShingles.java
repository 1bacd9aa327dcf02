package org.corridor.compare;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import org.corridor.common.CancelledException;
import org.corridor.common.ProgressListener;
import org.corridor.common.Sha256;
import org.corridor.corpus.Article;
import org.corridor.corpus.ArticleMeta;
import org.corridor.corpus.Corpus;
import org.corridor.corpus.UnreadableFileException;

/**
 * Gets the corpus's shingle index: from the workspace cache when it matches the corpus, else by reading
 * every article's body once (a background job, with progress and cancel) and saving the result.
 */
public final class CorpusShingles {

    private final ShingleIndexStore store;

    public CorpusShingles(ShingleIndexStore store) {
        this.store = store;
    }

    public ShingleIndex loadOrBuild(Corpus corpus, ProgressListener progress) throws IOException {
        String signature = signature(corpus.articles());
        var cached = store.load(signature);
        if (cached.isPresent()) {
            return cached.get();
        }
        ShingleIndex index = build(corpus, progress);
        store.save(index, signature);
        return index;
    }

    static ShingleIndex build(Corpus corpus, ProgressListener progress) {
        List<ArticleMeta> metas = corpus.articles();
        ShingleIndex.Builder builder = ShingleIndex.builder();
        for (int i = 0; i < metas.size(); i++) {
            if (progress.isCancelled()) {
                throw new CancelledException();
            }
            progress.progress(i, metas.size(), "Indexing phrases…");
            try {
                Article a = corpus.open(metas.get(i).id());
                builder.add(WordTokens.of(a.text(), a.bodyStart(), a.bodyEnd()));
            } catch (IOException | UnreadableFileException e) {
                // A file that vanished since loading is simply not counted; the load report shows it.
            }
        }
        progress.progress(metas.size(), metas.size(), "");
        return builder.build();
    }

    /** Identifies the corpus state: every article's id and body fingerprint, in catalog order. */
    static String signature(List<ArticleMeta> metas) {
        MessageDigest digest = Sha256.digest();
        for (ArticleMeta m : metas) {
            digest.update(m.id().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(m.fingerprint().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) '\n');
        }
        return metas.size() + ":" + Sha256.hex(digest, 16);
    }
}
