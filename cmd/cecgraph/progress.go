package main

import (
	"fmt"
	"io"
	"log/slog"
	"os"
	"time"

	"github.com/mattn/go-isatty"
	"github.com/schollz/progressbar/v3"

	"github.com/cecgraph/cecgraph/loader/ingest"
)

// progress shows how a load advances: a bar redrawn in place on a terminal
// (articles, facts/s, ETA; github.com/schollz/progressbar), else a log line
// every logEvery.
type progress struct {
	mode    string // bar, log or none
	w       io.Writer
	log     *slog.Logger
	bar     *progressbar.ProgressBar
	lastLog time.Time
	now     func() time.Time
}

const logEvery = 5 * time.Second

// newProgress returns the display of mode (auto, bar, log or none) on w; auto
// is a bar when w is a terminal, else log lines.
func newProgress(w io.Writer, mode string, log *slog.Logger) *progress {
	if mode == "auto" {
		mode = "log"
		if f, ok := w.(*os.File); ok && isatty.IsTerminal(f.Fd()) {
			mode = "bar"
		}
	}
	if log == nil {
		log = slog.Default()
	}
	// The first log line comes logEvery after the start.
	return &progress{mode: mode, w: w, log: log, now: time.Now, lastLog: time.Now()}
}

// update shows p.
func (p *progress) update(pr ingest.Progress) {
	rate := 0
	if s := pr.Elapsed.Seconds(); s > 0 {
		rate = int(float64(pr.Facts) / s)
	}
	switch p.mode {
	case "bar":
		if p.bar == nil {
			p.bar = progressbar.NewOptions(pr.Total,
				progressbar.OptionSetWriter(p.w),
				progressbar.OptionSetWidth(30),
				progressbar.OptionShowCount(),
				progressbar.OptionSetPredictTime(true),
				progressbar.OptionSetRenderBlankState(true),
				progressbar.OptionThrottle(100*time.Millisecond),
				progressbar.OptionSetTheme(progressbar.ThemeASCII),
				progressbar.OptionShowDescriptionAtLineEnd(),
			)
		}
		if pr.Total != p.bar.GetMax() {
			p.bar.ChangeMax(pr.Total)
		}
		p.bar.Describe(fmt.Sprintf("articles, %d facts/s", rate))
		_ = p.bar.Set(pr.Done)
	case "log":
		if now := p.now(); now.Sub(p.lastLog) >= logEvery {
			p.lastLog = now
			p.log.Info("load progress", "articles", pr.Done, "of", pr.Total,
				"facts_per_s", rate, "eta", eta(pr).String())
		}
	}
}

// eta is the time left when the rest goes at the pace so far.
func eta(pr ingest.Progress) time.Duration {
	if pr.Done == 0 || pr.Total <= pr.Done {
		return 0
	}
	return time.Duration(float64(pr.Elapsed) * float64(pr.Total-pr.Done) / float64(pr.Done)).Round(time.Second)
}

// finish ends the bar's line, so that what follows starts on a new line.
func (p *progress) finish() {
	if p.bar != nil {
		_ = p.bar.Exit()
		fmt.Fprintln(p.w)
		p.bar = nil
	}
}
