package org.orbat.pipeline;

/** Hears how an ingest run is going: the CLI draws a progress bar or writes log lines from it. */
public interface ProgressListener {
    /** Called once, with the estimated number of articles. */
    void started(long estimatedTotal);

    /** Called once per article or failed input, from any thread. */
    void advanced(Outcome outcome, String source, String detail);

    void finished();

    /** Called, from a worker thread, before it loads its language models (slow: tens of seconds). */
    default void loadingModels() {
    }

    /** Called, from a worker thread, once its language models are loaded. */
    default void modelsLoaded() {
    }

    /** What happened to one input; SAME_STORY: a new article repeating a stored story under another source (its detail: that document). */
    enum Outcome { INGESTED, UNCHANGED, FAILED, SAME_STORY }

    ProgressListener SILENT = new ProgressListener() {
        @Override
        public void started(long estimatedTotal) {
        }

        @Override
        public void advanced(Outcome outcome, String source, String detail) {
        }

        @Override
        public void finished() {
        }
    };
}
