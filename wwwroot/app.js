// Small browser helpers for Event Stream Console (called through IJSRuntime).
window.escConsole = {
    timeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC",
    load: (key) => { try { return window.localStorage.getItem("esc:" + key); } catch { return null; } },
    save: (key, value) => { try { window.localStorage.setItem("esc:" + key, value); } catch { /* private mode */ } },
    // The tab tells the unhealthy count: a prefix kept on every page's title (pages change the title as they navigate)
    // and a favicon with a badge (a data URI), or the original favicon when there is none.
    tabBadge: (prefix, favicon) => {
        const self = window.escConsole;
        const pattern = /^\(≥?\d+ unhealthy\) /;
        const apply = () => {
            const title = self.titlePrefix + document.title.replace(pattern, "");
            if (document.title !== title) { document.title = title; }
        };
        self.titlePrefix = prefix;
        if (!self.titleObserver) {
            self.titleObserver = new MutationObserver(apply);
            self.titleObserver.observe(document.head, { childList: true, subtree: true, characterData: true });
        }
        apply();
        const link = document.querySelector("link[rel='icon']");
        if (link) {
            link.dataset.original = link.dataset.original || link.getAttribute("href");
            const href = favicon || link.dataset.original;
            if (link.getAttribute("href") !== href) { link.setAttribute("href", href); }
        }
    },
    // The columns (col-… classes of header cells) that the grid's CSS hides at this width, e.g. ["created", "tags"].
    hiddenColumns: (grid) => [...document.querySelectorAll(grid + " thead th")]
        .filter(th => getComputedStyle(th).display === "none")
        .flatMap(th => [...th.classList].filter(c => c.startsWith("col-")).map(c => c.slice(4))),
    // Makes a scrolling box a named, focusable region, so keyboard users can scroll it with the arrow keys.
    scrollRegion: (selector, label) => {
        const box = document.querySelector(selector);
        if (box && !box.hasAttribute("tabindex")) {
            box.setAttribute("tabindex", "0");
            box.setAttribute("role", "region");
            box.setAttribute("aria-label", label);
        }
    },
    copy: async (text) => {
        try { await navigator.clipboard.writeText(text); return true; } catch { return false; }
    },
};
