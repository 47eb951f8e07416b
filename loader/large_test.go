package loader

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/cecgraph/cecgraph/graph"
	"github.com/cecgraph/cecgraph/loader/clean"
	"github.com/cecgraph/cecgraph/loader/extract"
	"github.com/cecgraph/cecgraph/loader/source"
)

// largeCountries are countries in the genitive and the prepositional case,
// for the sentences of largeArticle.
var largeCountries = [][2]string{
	{"Узбекистана", "Узбекистане"}, {"Кыргызстана", "Кыргызстане"}, {"Таджикистана", "Таджикистане"},
	{"Армении", "Армении"}, {"Грузии", "Грузии"}, {"Монголии", "Монголии"}, {"Венгрии", "Венгрии"},
	{"Турции", "Турции"}, {"Молдовы", "Молдове"}, {"Азербайджана", "Азербайджане"},
	{"Беларуси", "Беларуси"}, {"России", "России"}, {"Латвии", "Латвии"}, {"Эстонии", "Эстонии"},
}

// largeRegions are regions in the genitive feminine adjective form, for
// the names of sub-national commissions in largeArticle.
var largeRegions = []string{"Жамбылской", "Туркестанской", "Карагандинской", "Павлодарской", "Костанайской", "Акмолинской"}

// largeMonths are month names in the genitive, for dates in largeArticle.
var largeMonths = []string{"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"}

// largeArticle builds one long article of our own sentences, n paragraphs
// of dated meetings, memoranda, observers (in lists, and «казахстанские
// наблюдатели»), invitations, events with their own names, sub-national
// commissions named in full and then in lower case, and awards. In each
// paragraph a person with a given name no dictionary knows gets a title and
// is named again without one (or by an initial), so that the extractor
// looks the name up among all the persons the article has named so far;
// the dates and event names make new facts throughout the text.
func largeArticle(n int) string {
	syl := []string{"ба", "ко", "ру", "зе", "ми", "та", "ло", "ну", "ги", "са", "фе", "до"}
	var b strings.Builder
	b.WriteString("Избирательные органы разных стран провели серию встреч\n\n")
	for i := 0; i < n; i++ {
		d := func(k int) string { return syl[i/k%len(syl)] } // i's digits in base 12
		given := "Ю" + d(1) + d(12) + "нг"                   // «Юбаконг»: no dictionary knows it
		surname := "Ш" + d(1728) + d(144) + d(12) + d(1) + "рт"
		c := func(k int) string { return largeCountries[(i+k)%len(largeCountries)][0] }
		date := fmt.Sprintf("%d %s %d года", 1+i%28, largeMonths[i/28%12], 2000+i/336%20)
		event := fmt.Sprintf("«Выборы и технологии – %d»", i)
		switch i % 6 {
		case 0:
			fmt.Fprintf(&b, "%s генеральный секретарь A-WEB %s %s провел встречу с делегацией ЦИК %s. ", date, given, surname, c(0))
			fmt.Fprintf(&b, "Стороны обсудили обмен опытом в организации выборов. %s %s отметил высокий уровень подготовки наблюдателей.\n\n", given, surname)
		case 1:
			fmt.Fprintf(&b, "Председатель ЦИК %s %s %s и председатель ЦИК %s подписали меморандум о сотрудничестве в области избирательных технологий. ", c(1), given, surname, c(2))
			fmt.Fprintf(&b, "По словам %s %s, документ предусматривает обмен наблюдателями.\n\n", given, surname)
		case 2:
			fmt.Fprintf(&b, "Выборы в %s прошли %s. На выборах аккредитованы наблюдатели от СНГ, ОДКБ и ШОС, а также от центральных избирательных комиссий %s, %s и %s. ", largeCountries[(i+3)%len(largeCountries)][1], date, c(4), c(5), c(6))
			fmt.Fprintf(&b, "Казахстанские наблюдатели посетили избирательные участки. Миссию возглавил член ЦИК %s %s %s. %s %s рассказал журналистам о ходе голосования.\n\n", c(4), given, surname, given, surname)
		case 3:
			fmt.Fprintf(&b, "Центральная избирательная комиссия %s пригласила для наблюдения за выборами делегации избирательных органов %s, %s, %s и %s. ", c(7), c(8), c(9), c(10), c(11))
			fmt.Fprintf(&b, "Заместитель председателя ЦИК %s %s %s принял приглашение. ", c(8), given, surname)
			fmt.Fprintf(&b, "Делегации Монголии, Венгрии, Турции и Латвии приняли участие в международной конференции %s в Астане. Конференция собрала представителей избирательных органов.\n\n", event)
		case 4:
			region := largeRegions[i/6%len(largeRegions)]
			fmt.Fprintf(&b, "Председатель %s областной избирательной комиссии %s %s провел заседание. ", region, given, surname)
			fmt.Fprintf(&b, "Члены областной избирательной комиссии обсудили подготовку к выборам. %s %s ответил на вопросы.\n\n", given, surname)
		default:
			fmt.Fprintf(&b, "Член ЦИК %s %s %s выступил на конференции %s. ", c(12), given, surname, event)
			fmt.Fprintf(&b, "ЦИК России наградил Ю. %sа памятной медалью «За вклад %d».\n\n", surname, i)
		}
	}
	return b.String()
}

// cpuTime is the processor time the test process has used so far, user
// and system: unlike the wall clock, it does not grow while other programs
// hold the processors.
func cpuTime(t *testing.T) time.Duration {
	var ru syscall.Rusage
	require.NoError(t, syscall.Getrusage(syscall.RUSAGE_SELF, &ru))
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// TestLargeArticleTimeIsLinear checks that a single large article is
// extracted in time proportional to its size: four times the text (four
// times the persons, facts and sub-national commissions) must take less than
// seven times the processor time; a step quadratic in the article's length
// makes it sixteen or more. The two sizes take turns, three times each, and
// each keeps its best time, so that a busy machine does not decide the
// outcome; the large text is given up as soon as it has used more than
// seven times the small one's best, so that a quadratic extractor fails in
// seconds rather than minutes.
func TestLargeArticleTimeIsLinear(t *testing.T) {
	ex, err := extract.New(extract.Options{HomeCountry: "KZ"})
	require.NoError(t, err)
	p := &Pipeline{Extractor: ex, Cleaner: clean.NewCleaner()}
	article := func(n int) source.Article {
		title, body, _ := strings.Cut(largeArticle(n), "\n\n")
		return source.Article{ID: "large", Path: "large.txt", Format: source.FormatText, Title: title, Body: body}
	}
	const n, ratio = 200, 7
	small, large := article(n), article(4*n)
	// warm the caches (stems and surnames' case forms are cached across
	// articles) with both texts, so that both runs below do the same kind
	// of work
	p.Document(small)
	p.Document(large)
	bestSmall, bestLarge := time.Duration(1<<63-1), time.Duration(1<<63-1)
	var gaveUp []string
	for r := 0; r < 3; r++ {
		start := cpuTime(t)
		d := p.Document(small)
		bestSmall = min(bestSmall, cpuTime(t)-start)
		require.Len(t, d.Persons, n, "every generated person is found")

		limit := ratio * bestSmall
		done := make(chan graph.Document, 1)
		start = cpuTime(t)
		go func() { done <- p.Document(large) }()
		tick := time.NewTicker(5 * time.Millisecond)
	wait:
		for {
			select {
			case d := <-done:
				bestLarge = min(bestLarge, cpuTime(t)-start)
				require.Len(t, d.Persons, 4*n, "every generated person is found")
				require.Greater(t, len(d.Facts), 4*n, "the facts grow with the text")
				break wait
			case <-tick.C:
				if used := cpuTime(t) - start; used > limit {
					// given up; a pause of the machine may have caused it,
					// so only three such runs in a row fail
					gaveUp = append(gaveUp, fmt.Sprintf("%d bytes took %s; four times the text took more than %s (%dx) and was given up", len(small.Body), bestSmall, used, ratio))
					<-done
					break wait
				}
			}
		}
		tick.Stop()
	}
	if len(gaveUp) == 3 {
		t.Fatal(strings.Join(gaveUp, "\n"))
	}
	t.Logf("%d bytes: %s; %d bytes: %s (x%.1f), processor time", len(small.Body), bestSmall, len(large.Body), bestLarge, float64(bestLarge)/float64(bestSmall))
	assert.Less(t, bestLarge, ratio*bestSmall, "four times the text took %s against %s", bestLarge, bestSmall)
}

// TestLargeArticleProgress: an article of LargeBytes or more is reported
// before and after its extraction, smaller ones are not.
func TestLargeArticleProgress(t *testing.T) {
	ex, err := extract.New(extract.Options{HomeCountry: "KZ"})
	require.NoError(t, err)
	var got []LargeProgress
	p := &Pipeline{Extractor: ex, Cleaner: clean.NewCleaner(), LargeBytes: 10_000, OnLarge: func(l LargeProgress) { got = append(got, l) }}
	title, body, _ := strings.Cut(largeArticle(6), "\n\n")
	p.Document(source.Article{ID: "small", Path: "small.txt", Format: source.FormatText, Title: title, Body: body})
	assert.Empty(t, got, "%d bytes are not large", len(title)+len(body))
	title, body, _ = strings.Cut(largeArticle(60), "\n\n")
	d := p.Document(source.Article{ID: "large", Path: "large.txt", Format: source.FormatText, Title: title, Body: body})
	require.Len(t, got, 2)
	size := len(title) + len(body)
	assert.Equal(t, LargeProgress{Path: "large.txt", Bytes: size}, got[0])
	assert.True(t, got[1].Done)
	assert.Equal(t, size, got[1].Bytes)
	assert.Equal(t, len(d.Facts), got[1].Facts)
	assert.Positive(t, got[1].Elapsed)
}

// peakHeap runs fn and returns the most live heap (as the collector last
// marked it) above what was live before, sampled every millisecond with the
// collector running often, so that the figure follows the data fn holds.
func peakHeap(fn func()) uint64 {
	defer debug.SetGCPercent(debug.SetGCPercent(10))
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	live := func() uint64 {
		metrics.Read(sample)
		return sample[0].Value.Uint64()
	}
	runtime.GC()
	base := live()
	peak := base
	done := make(chan struct{})
	sampled := make(chan struct{})
	go func() {
		defer close(sampled)
		tick := time.NewTicker(time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-done:
				return
			case <-tick.C:
				peak = max(peak, live())
			}
		}
	}()
	fn()
	close(done)
	<-sampled
	return peak - base
}

// TestLargeArticleMemoryIsBounded: a large text is extracted a section at a
// time, so the memory it takes is that of a section (and the text itself),
// not some forty times the whole text.
func TestLargeArticleMemoryIsBounded(t *testing.T) {
	title, body, _ := strings.Cut(largeArticle(2000), "\n\n")
	a := source.Article{ID: "large", Path: "large.txt", Format: source.FormatText, Title: title, Body: body}
	peak := func(section int) uint64 {
		ex, err := extract.New(extract.Options{HomeCountry: "KZ", SectionBytes: section})
		require.NoError(t, err)
		p := &Pipeline{Extractor: ex, Cleaner: clean.NewCleaner()}
		var d graph.Document
		used := peakHeap(func() { d = p.Document(a) })
		require.Len(t, d.Persons, 2000)
		return used
	}
	whole, sections := peak(1<<30), peak(64<<10)
	size := uint64(len(title) + len(body))
	t.Logf("%d bytes: %d MB at once in one piece, %d MB in sections of 64 KB", size, whole>>20, sections>>20)
	assert.Less(t, sections, whole/2)
}
