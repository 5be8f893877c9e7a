package org.rhetorica.claims;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/**
 * Reads the claim clusters that {@link ClaimClusters} keeps: clusters by size and spread, a cluster's
 * members, and the claims most like a text. A snapshot of the last commit; thread-safe.
 */
public final class ClusterIndex implements AutoCloseable {
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    /** One claim as made in one document. */
    public record Member(String id, String doc, String text, String speaker, String source, String date, double score,
            String cluster) {}

    /**
     * A cluster: its members, in order of date (undated last), and how far it spread.
     *
     * @param id the cluster's id
     * @param claim the words of its first claim
     * @param members every claim in it
     * @param documents how many documents make it
     * @param sources the distinct sources, sorted
     * @param speakers the distinct speakers, sorted
     * @param first the earliest date, or null
     * @param last the latest date, or null
     */
    public record Cluster(String id, String claim, List<Member> members, int documents, List<String> sources,
            List<String> speakers, String first, String last) {
        public int size() {
            return members.size();
        }
    }

    /** A claim like a text, with the cosine of their vectors. */
    public record Similar(Member member, double cosine, double sameProbability) {}

    private ClusterIndex(DirectoryReader reader) {
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
    }

    public static ClusterIndex open(Path folder) throws IOException {
        return new ClusterIndex(DirectoryReader.open(FSDirectory.open(folder)));
    }

    /** What made the claims' vectors ({@link TextVectors#id()}): a text compared with them must be embedded alike. */
    public String vectorsId() {
        try {
            return ClusterFields.vectorsId(reader.getIndexCommit().getUserData().entrySet());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read the claim clusters' commit", e);
        }
    }

    /** How many claims the clusters hold. */
    public int claims() {
        return reader.numDocs();
    }

    /**
     * Clusters of at least {@code minSize} claims, largest first, then by how many sources and
     * documents they reach; reads every claim, so it takes time in proportion to the corpus.
     */
    public List<Cluster> clusters(int minSize) throws IOException {
        Map<String, List<Member>> byCluster = new LinkedHashMap<>();
        Map<String, String> seeds = new LinkedHashMap<>();
        StoredFields stored = searcher.storedFields();
        for (var leaf : reader.leaves()) {
            Bits live = leaf.reader().getLiveDocs();
            for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                if (live == null || live.get(doc)) {
                    Member member = member(stored.document(leaf.docBase + doc));
                    byCluster.computeIfAbsent(member.cluster(), c -> new ArrayList<>()).add(member);
                }
            }
        }
        for (ScoreDoc hit : searcher.search(new TermQuery(new Term(ClusterFields.SEED, "true")), Math.max(1, reader.numDocs())).scoreDocs) {
            Document doc = stored.document(hit.doc);
            seeds.put(doc.get(ClusterFields.CLUSTER), doc.get(ClusterFields.TEXT));
        }
        List<Cluster> clusters = new ArrayList<>();
        byCluster.forEach((id, members) -> {
            if (members.size() >= minSize) {
                clusters.add(cluster(id, seeds.getOrDefault(id, members.get(0).text()), members));
            }
        });
        clusters.sort(Comparator.comparingInt(Cluster::size).reversed()
                .thenComparing(Comparator.comparingInt((Cluster c) -> c.sources().size()).reversed())
                .thenComparing(Comparator.comparingInt(Cluster::documents).reversed())
                .thenComparing(Cluster::id));
        return clusters;
    }

    /** The cluster with this id, or null. */
    public Cluster cluster(String id) throws IOException {
        ScoreDoc[] hits = searcher.search(new TermQuery(new Term(ClusterFields.CLUSTER, id)), Math.max(1, reader.numDocs())).scoreDocs;
        if (hits.length == 0) {
            return null;
        }
        List<Member> members = new ArrayList<>();
        String seed = null;
        StoredFields stored = searcher.storedFields();
        for (ScoreDoc hit : hits) {
            Member member = member(stored.document(hit.doc));
            members.add(member);
        }
        ScoreDoc[] seeds = searcher.search(new org.apache.lucene.search.BooleanQuery.Builder()
                .add(new TermQuery(new Term(ClusterFields.CLUSTER, id)), org.apache.lucene.search.BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(ClusterFields.SEED, "true")), org.apache.lucene.search.BooleanClause.Occur.FILTER)
                .build(), 1).scoreDocs;
        if (seeds.length > 0) {
            seed = stored.document(seeds[0].doc).get(ClusterFields.TEXT);
        }
        return cluster(id, seed != null ? seed : members.get(0).text(), members);
    }

    /** The claims of a document, in the order they were added. */
    public List<Member> ofDocument(String doc) throws IOException {
        List<Member> members = new ArrayList<>();
        StoredFields stored = searcher.storedFields();
        ScoreDoc[] hits = searcher.search(new TermQuery(new Term(ClusterFields.DOC, doc)), Math.max(1, reader.numDocs())).scoreDocs;
        java.util.Arrays.sort(hits, Comparator.comparingInt(hit -> hit.doc));
        for (ScoreDoc hit : hits) {
            members.add(member(stored.document(hit.doc)));
        }
        return members;
    }

    /**
     * The {@code k} claims most like a text, most similar first, each with the probability that it is
     * the same claim.
     *
     * @param vector the text's unit vector, made as the clusters' vectors were
     */
    public List<Similar> similar(String text, float[] vector, int k, SameClaim same) throws IOException {
        if (reader.numDocs() == 0) {
            return List.of();
        }
        PairFeatures.Side side = PairFeatures.Side.of(text, vector);
        List<Similar> found = new ArrayList<>();
        StoredFields stored = searcher.storedFields();
        for (ScoreDoc hit : searcher.search(new KnnFloatVectorQuery(ClusterFields.VECTOR, vector, k), k).scoreDocs) {
            Member member = member(stored.document(hit.doc));
            float[] other = ClusterFields.vector(reader, hit.doc);
            found.add(new Similar(member, 2 * hit.score - 1, same.probability(side, PairFeatures.Side.of(member.text(), other))));
        }
        return found;
    }

    private static Cluster cluster(String id, String claim, List<Member> members) {
        List<Member> byDate = new ArrayList<>(members);
        byDate.sort(Comparator.comparing(Member::date, Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(Member::id));
        TreeSet<String> sources = new TreeSet<>();
        TreeSet<String> speakers = new TreeSet<>();
        TreeSet<String> documents = new TreeSet<>();
        TreeSet<String> dates = new TreeSet<>();
        for (Member member : members) {
            documents.add(member.doc());
            if (member.source() != null) {
                sources.add(member.source());
            }
            if (member.speaker() != null) {
                speakers.add(member.speaker());
            }
            if (member.date() != null) {
                dates.add(member.date());
            }
        }
        return new Cluster(id, claim, List.copyOf(byDate), documents.size(), List.copyOf(sources), List.copyOf(speakers),
                dates.isEmpty() ? null : dates.first(), dates.isEmpty() ? null : dates.last());
    }

    private static Member member(Document doc) {
        return new Member(doc.get(ClusterFields.ID), doc.get(ClusterFields.DOC), doc.get(ClusterFields.TEXT),
                doc.get(ClusterFields.SPEAKER), doc.get(ClusterFields.SOURCE), doc.get(ClusterFields.DATE),
                doc.getField(ClusterFields.SCORE).numericValue().doubleValue(), doc.get(ClusterFields.CLUSTER));
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
