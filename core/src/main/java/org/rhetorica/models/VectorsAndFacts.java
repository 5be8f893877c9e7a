package org.rhetorica.models;

/**
 * Piece features made of each piece's encoder vector followed by a few facts about it (a word's
 * frequency, a quotation mark...), computed beforehand, {@code facts} values per piece.
 */
public final class VectorsAndFacts implements PieceRows {
    private final EncodedText vectors;
    private final float[] facts;
    private final int factsPerPiece;

    /** @param facts row-major, {@code pieces × factsPerPiece} */
    public VectorsAndFacts(EncodedText vectors, float[] facts, int factsPerPiece) {
        if (facts.length != vectors.size() * factsPerPiece) {
            throw new IllegalArgumentException("facts for " + facts.length / Math.max(1, factsPerPiece)
                    + " pieces, vectors for " + vectors.size());
        }
        this.vectors = vectors;
        this.facts = facts;
        this.factsPerPiece = factsPerPiece;
    }

    @Override
    public int pieces() {
        return vectors.size();
    }

    @Override
    public int width() {
        return vectors.dim() + factsPerPiece;
    }

    @Override
    public void copy(int from, int to, float[] target, int offset) {
        int width = width();
        for (int piece = from; piece < to; piece++) {
            int at = offset + (piece - from) * width;
            vectors.copyVector(piece, target, at);
            System.arraycopy(facts, piece * factsPerPiece, target, at + vectors.dim(), factsPerPiece);
        }
    }
}
