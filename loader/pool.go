package loader

import (
	"context"
	"runtime"
	"sync"
)

// Workers returns n, or one per core when n is 0 or less.
func Workers(n int) int {
	if n <= 0 {
		return runtime.NumCPU()
	}
	return n
}

// Window is the number of values Map holds at once (queued, in work or
// waiting for their turn to be emitted) for a pool of workers goroutines.
func Window(workers int) int { return 4 * Workers(workers) }

// Map is the project's worker pool. It calls fn on every value received
// from in, on workers goroutines (one per core when workers is 0), and emit,
// from the calling goroutine, with the results in the order of in. At most
// Window(workers) values are in flight, so that the memory it takes does not
// depend on how many values pass through it.
//
// Map returns nil once in is closed and every result emitted, the first
// error of emit (after which it emits nothing more), or ctx's error when ctx
// is done first. It does not return before its goroutines have ended.
func Map[T, R any](ctx context.Context, workers int, in <-chan T, fn func(T) R, emit func(R) error) error {
	workers = Workers(workers)
	parent := ctx
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	type job struct {
		v   T
		out chan R
	}
	jobs := make(chan job)
	order := make(chan chan R, Window(workers)-workers)
	go func() {
		defer close(jobs)
		defer close(order)
		for {
			var v T
			var ok bool
			select {
			case v, ok = <-in:
			case <-ctx.Done():
				return
			}
			if !ok {
				return
			}
			j := job{v: v, out: make(chan R, 1)}
			select {
			case order <- j.out:
			case <-ctx.Done():
				return
			}
			select {
			case jobs <- j:
			case <-ctx.Done():
				// Its turn is taken: give it a result nobody reads.
				close(j.out)
				return
			}
		}
	}()
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				j.out <- fn(j.v)
			}
		}()
	}
	var err error
	for out := range order {
		r, ok := <-out
		if err != nil || !ok {
			continue
		}
		if parent.Err() != nil {
			err = parent.Err()
			continue
		}
		if err = emit(r); err != nil {
			cancel()
		}
	}
	wg.Wait()
	if err == nil {
		// A done ctx may have stopped the feeding early.
		err = parent.Err()
	}
	return err
}
