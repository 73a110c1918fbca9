package nl.bis.placements.placement;

import java.util.List;

public record PlacementPage(List<PlacementView> items, int page, int size, long totalItems) {

    public int totalPages() {
        return size == 0 ? 0 : Math.toIntExact((totalItems + size - 1) / size);
    }
}
