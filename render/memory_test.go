package render

import (
	"io"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/dpiakit/dpiakit/dpia"
)

// memoryRenders is how many times TestMemoryFlatAcrossRenders renders
// each document, and memoryWarmUp after how many renders it takes the
// first reading of the live heap.
const memoryRenders, memoryWarmUp = 1000, 100

// memoryGrowthLimit is the growth of the live heap allowed between the
// two readings. Keeping 300 bytes per render would exceed it; the
// readings of a render that keeps nothing differ by a few kilobytes.
const memoryGrowthLimit = 256 << 10

// TestMemoryFlatAcrossRenders renders the same assessment many times and
// checks that the live heap does not grow: nothing a render allocates is
// kept by the package, the drawing layer or the PDF engine. It is a
// memory check, not a timing; it takes about ten seconds on two cores.
func TestMemoryFlatAcrossRenders(t *testing.T) {
	if testing.Short() {
		t.Skip("renders a document 1,000 times per backend")
	}
	if raceEnabled {
		t.Skip("the race detector changes what is allocated and kept")
	}
	for _, backend := range []struct {
		name   string
		render func(io.Writer, *dpia.Assessment, *Options) error
		// a is the document: the PDF of an empty assessment (four
		// pages, both faces, every section heading) keeps the test to
		// seconds; HTML is fast enough for a seed.
		a *dpia.Assessment
	}{{"pdf", PDF, nil}, {"html", HTML, loadSeed(t, "telehealth")}} {
		t.Run(backend.name, func(t *testing.T) {
			render := func() error { return backend.render(io.Discard, backend.a, nil) }
			renderTimes(t, memoryWarmUp, render)
			first := liveHeap()
			renderTimes(t, memoryRenders-memoryWarmUp, render)
			last := liveHeap()
			t.Logf("live heap after %d renders: %d bytes; after %d: %d bytes", memoryWarmUp, first, memoryRenders, last)
			if last > first && last-first > memoryGrowthLimit {
				t.Errorf("live heap grew by %d bytes between render %d and render %d (limit %d)",
					last-first, memoryWarmUp, memoryRenders, memoryGrowthLimit)
			}
		})
	}
}

// renderTimes calls render n times, spread over one goroutine per
// processor, and stops at the first error.
func renderTimes(t *testing.T, n int, render func() error) {
	t.Helper()
	var (
		next   atomic.Int64
		failed atomic.Bool
		wg     sync.WaitGroup
	)
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for !failed.Load() && next.Add(1) <= int64(n) {
				if err := render(); err != nil {
					failed.Store(true)
					t.Error(err)
				}
			}
		})
	}
	wg.Wait()
	if failed.Load() {
		t.FailNow()
	}
}

// liveHeap returns the bytes of live heap objects after a full collection
// (two, so that what the first one queued for finalizers and pooled
// objects are gone too).
func liveHeap() uint64 {
	runtime.GC()
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}
