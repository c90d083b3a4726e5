// Small browser helpers for Event Stream Console (called through IJSRuntime).
window.escConsole = {
    timeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC",
    load: (key) => { try { return window.localStorage.getItem("esc:" + key); } catch { return null; } },
    save: (key, value) => { try { window.localStorage.setItem("esc:" + key, value); } catch { /* private mode */ } },
    copy: async (text) => {
        try { await navigator.clipboard.writeText(text); return true; } catch { return false; }
    },
};
