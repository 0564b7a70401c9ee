package cn.kaowu.paper.generation;

import java.util.List;

/** What a completed generation made: the batch, its papers and the report that proves the constraints. */
public record GenerationResult(GenerationBatch batch, List<PaperSummary> papers, GenerationReport report) {

    public GenerationResult {
        papers = List.copyOf(papers);
    }
}
