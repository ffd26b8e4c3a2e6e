package com.hirefit.web.workspace;

import com.hirefit.screening.LiveScreenings;
import com.hirefit.screening.ScreeningRecord;
import com.hirefit.screening.ScreeningStore;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The list of screenings, and a running screening's progress: polled by htmx every second while it runs, drawn
 * from the screening's live counts (rows screened, row errors, rows read, and the rows the file holds). Once it
 * has ended, the poll sends the browser to its results.
 */
@Controller
class ScreeningPages {
    static final int PAGE_SIZE = 25;
    private final ScreeningStore screenings;
    private final LiveScreenings live;

    ScreeningPages(ScreeningStore screenings, LiveScreenings live) {
        this.screenings = screenings;
        this.live = live;
    }

    @GetMapping("/screenings")
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        long total = screenings.count();
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.max(0, Math.min(page, pages - 1));
        model.addAttribute("screenings", screenings.page(current, PAGE_SIZE));
        model.addAttribute("page", current);
        model.addAttribute("pages", pages);
        return "screenings/list";
    }

    @GetMapping("/screenings/{id}/progress")
    String poll(@PathVariable String id, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
                HttpServletResponse response) {
        Optional<ScreeningRecord> record = Ids.valid(id) ? screenings.get(id) : Optional.empty();
        if (record.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("problem", "There is no such screening.");
            return "screenings/progress :: refused";
        }
        if (!ScreeningRecord.RUNNING.equals(record.get().status())) {
            if (htmx == null) {
                return "redirect:/screenings/" + id;
            }
            response.setHeader("HX-Redirect", "/screenings/" + id);
        }
        return progress(record.get(), live, model);
    }

    /** The progress fragment of a screening, from its live counts here, or the stored ones for another instance's. */
    static String progress(ScreeningRecord record, LiveScreenings live, Model model) {
        LiveScreenings.Live counts = live.progress(record.screeningId())
                .orElse(new LiveScreenings.Live(record.screened(), record.errors(), record.screened() + record.errors(), 0));
        model.addAttribute("record", record);
        model.addAttribute("live", counts);
        return "screenings/progress :: progress";
    }
}
