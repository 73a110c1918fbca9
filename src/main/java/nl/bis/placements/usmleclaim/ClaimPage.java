package nl.bis.placements.usmleclaim;

import java.util.List;

record ClaimPage(List<ClaimView> items, int page, int size, long totalItems) {

    int totalPages() {
        return size == 0 ? 0 : Math.toIntExact((totalItems + size - 1) / size);
    }
}
