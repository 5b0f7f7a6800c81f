package org.orbat.spark;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.orbat.nlp.NlpPipeline;
import org.orbat.pipeline.Pipeline;
import org.orbat.pipeline.StandardPipeline;

/**
 * The standard pipeline, built once per executor JVM on first use and kept for every task that runs
 * there: loading CoreNLP's models takes seconds and about 2 GB, far too much to repeat per
 * partition. The stages after NLP are shared by all task threads; a CoreNLP instance is not, so each
 * running task borrows one from a pool and gives it back when it ends, and an executor holds as many
 * as it runs tasks at once ({@code spark.executor.cores}).
 *
 * <p>Thread-safe.
 */
final class ExecutorPipeline {
    private static final Queue<NlpPipeline> IDLE = new ConcurrentLinkedQueue<>();
    private static volatile Pipeline pipeline;

    private ExecutorPipeline() {
    }

    /** This JVM's pipeline, built on the first call. */
    static Pipeline pipeline() {
        Pipeline p = pipeline;
        if (p == null) {
            synchronized (ExecutorPipeline.class) {
                p = pipeline;
                if (p == null) {
                    p = StandardPipeline.create(1);
                    pipeline = p;
                }
            }
        }
        return p;
    }

    /** An NLP pipeline for the calling task alone, until it is {@link #release}d. */
    static NlpPipeline borrow() {
        NlpPipeline nlp = IDLE.poll();
        return nlp != null ? nlp : pipeline().newNlp();
    }

    static void release(NlpPipeline nlp) {
        IDLE.add(nlp);
    }
}
