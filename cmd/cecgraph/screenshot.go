package main

import (
	"bufio"
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"golang.org/x/net/websocket"
)

// screenshotOptions say what to draw in Neo4j Browser and where to save it.
type screenshotOptions struct {
	browserURL string // e.g. http://127.0.0.1:7474/browser/
	boltURL    string // e.g. bolt://127.0.0.1:7687
	query      string
	out        string
	chromium   string
	width      int
	height     int
	timeout    time.Duration
}

// browserScreenshot opens Neo4j Browser in headless Chromium, connects to
// the server (no authentication), runs query in the editor and saves a PNG of
// the page once the graph is drawn. It drives Chromium through the DevTools
// protocol: Browser only prefills the editor from its URL (cmd=edit), so the
// query is run with a Ctrl+Enter key event.
func browserScreenshot(ctx context.Context, o screenshotOptions) error {
	ctx, cancel := context.WithTimeout(ctx, o.timeout)
	defer cancel()
	profile, err := os.MkdirTemp("", "cecgraph-chromium-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(profile)
	cmd := exec.Command(o.chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
		"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--hide-scrollbars", "--remote-debugging-port=0", "--remote-allow-origins=*", "--user-data-dir="+profile,
		fmt.Sprintf("--window-size=%d,%d", o.width, o.height), "about:blank")
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("starting %s: %w", o.chromium, err)
	}
	defer func() { _ = cmd.Process.Kill(); _ = cmd.Wait() }()

	port, err := devToolsPort(ctx, filepath.Join(profile, "DevToolsActivePort"))
	if err != nil {
		return err
	}
	wsURL, err := pageTarget(ctx, port)
	if err != nil {
		return err
	}
	cdp, err := dialCDP(wsURL)
	if err != nil {
		return err
	}
	defer cdp.close()

	q := url.Values{}
	q.Set("connectURL", o.boltURL)
	q.Set("cmd", "edit")
	q.Set("arg", o.query)
	target := o.browserURL + "?" + q.Encode()
	if _, err := cdp.call(ctx, "Emulation.setDeviceMetricsOverride", map[string]any{"width": o.width, "height": o.height, "deviceScaleFactor": 1, "mobile": false}); err != nil {
		return err
	}
	if _, err := cdp.call(ctx, "Page.navigate", map[string]any{"url": target}); err != nil {
		return err
	}
	// Browser shows its connect form even for a server without
	// authentication: choose "No authentication" and press Connect.
	if err := cdp.waitFor(ctx, connectJS); err != nil {
		return cdp.failed(o.out, "Neo4j Browser did not show its connect form", err)
	}
	if err := cdp.waitFor(ctx, `(() => { const t = document.body.innerText;
		return !!document.querySelector('.monaco-editor textarea') && !t.includes('Connect to Neo4j') && !t.includes('Database access not available'); })()`); err != nil {
		return cdp.failed(o.out, "Neo4j Browser did not connect", err)
	}
	if _, err := cdp.call(ctx, "Runtime.evaluate", map[string]any{"expression": `document.querySelector('.monaco-editor textarea').focus()`}); err != nil {
		return err
	}
	for _, typ := range []string{"rawKeyDown", "keyUp"} {
		if _, err := cdp.call(ctx, "Input.dispatchKeyEvent", map[string]any{
			"type": typ, "modifiers": 2, "key": "Enter", "code": "Enter", "windowsVirtualKeyCode": 13, "nativeVirtualKeyCode": 13,
		}); err != nil {
			return err
		}
	}
	if err := cdp.waitFor(ctx, `document.querySelectorAll('svg g.node').length > 0`); err != nil {
		return cdp.failed(o.out, "the graph was not drawn", err)
	}
	time.Sleep(3 * time.Second) // let the force layout settle
	// Show the result frame alone, as large as the window, and fit the graph in it.
	if _, err := cdp.call(ctx, "Runtime.evaluate", map[string]any{"expression": frameFullscreenJS}); err != nil {
		return err
	}
	time.Sleep(2 * time.Second)
	if _, err := cdp.call(ctx, "Runtime.evaluate", map[string]any{"expression": zoomToFitJS}); err != nil {
		return err
	}
	time.Sleep(2 * time.Second)
	return cdp.screenshot(ctx, o.out)
}

// connectJS selects "No authentication" in Browser's connect form and
// presses Connect; it is true once it could.
const connectJS = `(() => {
  const sel = [...document.querySelectorAll('select')].find(s => [...s.options].some(o => /no authentication/i.test(o.text)));
  const btn = [...document.querySelectorAll('button')].find(b => b.textContent.trim() === 'Connect');
  if (!sel || !btn) return false;
  const opt = [...sel.options].find(o => /no authentication/i.test(o.text));
  Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value').set.call(sel, opt.value);
  sel.dispatchEvent(new Event('change', {bubbles: true}));
  setTimeout(() => { const b = [...document.querySelectorAll('button')].find(b => b.textContent.trim() === 'Connect'); if (b) b.click(); }, 300);
  return true;
})()`

// frameFullscreenJS presses the Fullscreen button of the frame that holds the graph.
const frameFullscreenJS = `(() => {
  let f = document.querySelector('svg g.node');
  while (f && !f.querySelector('[title="Fullscreen"]')) f = f.parentElement;
  const b = f && f.querySelector('[title="Fullscreen"]');
  if (b) b.click();
  return !!b;
})()`

// zoomToFitJS presses the graph's zoom-to-fit button.
const zoomToFitJS = `(() => {
  const b = document.querySelector('[title="Zoom to fit"]') || document.querySelector('[aria-label="Zoom to fit"]');
  if (b) b.click();
  return !!b;
})()`

// failed saves the page as it is, for a look at what went wrong, and
// returns the error.
func (cdp *cdpConn) failed(out, what string, err error) error {
	if saveErr := cdp.screenshot(context.Background(), out); saveErr == nil {
		return fmt.Errorf("%s (the page as it was is in %s): %w", what, out, err)
	}
	return fmt.Errorf("%s: %w", what, err)
}

// screenshot saves a PNG of the page.
func (cdp *cdpConn) screenshot(ctx context.Context, out string) error {
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	res, err := cdp.call(ctx, "Page.captureScreenshot", map[string]any{"format": "png"})
	if err != nil {
		return err
	}
	var shot struct {
		Data string `json:"data"`
	}
	if err := json.Unmarshal(res, &shot); err != nil {
		return err
	}
	png, err := base64.StdEncoding.DecodeString(shot.Data)
	if err != nil {
		return err
	}
	return os.WriteFile(out, png, 0o644)
}

// devToolsPort waits for Chromium to write the port of its DevTools server.
func devToolsPort(ctx context.Context, file string) (string, error) {
	for {
		if raw, err := os.ReadFile(file); err == nil {
			if line, _, _ := strings.Cut(string(raw), "\n"); strings.TrimSpace(line) != "" {
				return strings.TrimSpace(line), nil
			}
		}
		select {
		case <-ctx.Done():
			return "", fmt.Errorf("chromium did not start its DevTools server: %w", ctx.Err())
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// pageTarget returns the DevTools WebSocket address of Chromium's page.
func pageTarget(ctx context.Context, port string) (string, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "http://127.0.0.1:"+port+"/json/list", nil)
	if err != nil {
		return "", err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return "", fmt.Errorf("asking chromium for its pages: %w", err)
	}
	defer resp.Body.Close()
	var targets []struct {
		Type string `json:"type"`
		WS   string `json:"webSocketDebuggerUrl"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&targets); err != nil {
		return "", err
	}
	for _, t := range targets {
		if t.Type == "page" {
			return t.WS, nil
		}
	}
	return "", fmt.Errorf("chromium has no page")
}

// cdpConn is a minimal DevTools protocol client: calls and their results.
type cdpConn struct {
	ws      *websocket.Conn
	mu      sync.Mutex
	next    int
	pending map[int]chan cdpReply
}

type cdpReply struct {
	Result json.RawMessage
	Err    error
}

func dialCDP(wsURL string) (*cdpConn, error) {
	ws, err := websocket.Dial(wsURL, "", "http://127.0.0.1/")
	if err != nil {
		return nil, fmt.Errorf("connecting to chromium: %w", err)
	}
	ws.MaxPayloadBytes = 64 << 20
	c := &cdpConn{ws: ws, pending: map[int]chan cdpReply{}}
	go c.read()
	return c, nil
}

func (c *cdpConn) read() {
	r := bufio.NewReader(c.ws)
	dec := json.NewDecoder(r)
	for {
		var msg struct {
			ID     int             `json:"id"`
			Result json.RawMessage `json:"result"`
			Error  *struct {
				Message string `json:"message"`
			} `json:"error"`
		}
		if err := dec.Decode(&msg); err != nil {
			c.mu.Lock()
			for id, ch := range c.pending {
				ch <- cdpReply{Err: fmt.Errorf("chromium connection closed: %w", err)}
				delete(c.pending, id)
			}
			c.mu.Unlock()
			return
		}
		if msg.ID == 0 {
			continue // an event
		}
		c.mu.Lock()
		ch := c.pending[msg.ID]
		delete(c.pending, msg.ID)
		c.mu.Unlock()
		if ch == nil {
			continue
		}
		if msg.Error != nil {
			ch <- cdpReply{Err: fmt.Errorf("chromium: %s", msg.Error.Message)}
		} else {
			ch <- cdpReply{Result: msg.Result}
		}
	}
}

func (c *cdpConn) call(ctx context.Context, method string, params map[string]any) (json.RawMessage, error) {
	c.mu.Lock()
	c.next++
	id := c.next
	ch := make(chan cdpReply, 1)
	c.pending[id] = ch
	c.mu.Unlock()
	raw, err := json.Marshal(map[string]any{"id": id, "method": method, "params": params})
	if err != nil {
		return nil, err
	}
	if _, err := c.ws.Write(raw); err != nil {
		return nil, fmt.Errorf("%s: %w", method, err)
	}
	select {
	case r := <-ch:
		if r.Err != nil {
			return nil, fmt.Errorf("%s: %w", method, r.Err)
		}
		return r.Result, nil
	case <-ctx.Done():
		return nil, fmt.Errorf("%s: %w", method, ctx.Err())
	}
}

// waitFor evaluates a JavaScript expression until it is true.
func (c *cdpConn) waitFor(ctx context.Context, expr string) error {
	for {
		res, err := c.call(ctx, "Runtime.evaluate", map[string]any{"expression": expr, "returnByValue": true})
		if err != nil {
			return err
		}
		var v struct {
			Result struct {
				Value any `json:"value"`
			} `json:"result"`
		}
		if json.Unmarshal(res, &v) == nil && v.Result.Value == true {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(250 * time.Millisecond):
		}
	}
}

func (c *cdpConn) close() { _ = c.ws.Close() }
