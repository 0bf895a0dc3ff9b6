//! Lists over many pages: the `Link` header, pages fetched concurrently,
//! conditional requests through the page cache, and the reads built on them
//! (one issue, recent issues, search).

use super::*;

/// Percent-encodes `text` for a URL path segment or query value.
pub fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Returns the URL of relation `rel` in a `Link` header.
pub(super) fn link_target<'a>(link: &'a str, rel: &str) -> Option<&'a str> {
    let wanted = format!("rel=\"{rel}\"");
    link.split(',').find_map(|part| {
        let (url, params) = part.split_once(';')?;
        params
            .split(';')
            .any(|p| p.trim() == wanted)
            .then(|| url.trim().trim_start_matches('<').trim_end_matches('>'))
    })
}

/// Returns the `page` query parameter of a URL.
pub(super) fn page_number(url: &str) -> Option<u32> {
    let query = url.split_once('?')?.1;
    query
        .split('&')
        .find_map(|kv| kv.strip_prefix("page="))
        .and_then(|v| v.parse().ok())
}

/// Returns true when a list page holds no items: `[]`, or a search answer
/// with no `items`. Pages with items are never this short.
pub(super) fn is_empty_page(body: &str) -> bool {
    if body.len() > 512 {
        return false;
    }
    match serde_json::from_str::<Value>(body) {
        Ok(Value::Array(items)) => items.is_empty(),
        Ok(Value::Object(o)) => o
            .get("items")
            .and_then(Value::as_array)
            .is_none_or(|items| items.is_empty()),
        _ => false,
    }
}

impl GitHubTracker {
    /// Fetches every page of a list endpoint, in order, without the cache.
    pub(super) async fn get_pages(
        &self,
        path: &str,
        target: Target,
    ) -> Result<Vec<String>, TrackerError> {
        self.get_pages_with(path, target, None).await
    }

    /// `get_pages`, through the page cache when one is set: every page is
    /// asked for with `If-None-Match` and a `304` is answered from the copy;
    /// an offline cache answers from the copy alone.
    pub(super) async fn get_pages_cached(
        &self,
        path: &str,
        target: Target,
    ) -> Result<Vec<String>, TrackerError> {
        match &self.cache {
            Some(cache) if cache.is_offline() => self.saved_pages(cache, path),
            Some(cache) => {
                let bodies = self.get_pages_with(path, target, Some(cache)).await?;
                cache.store_meta(&self.api_url, path, bodies.len());
                Ok(bodies)
            }
            None => self.get_pages(path, target).await,
        }
    }

    /// Returns the saved pages of the list at `path` (offline).
    pub(super) fn saved_pages(
        &self,
        cache: &PageCache,
        path: &str,
    ) -> Result<Vec<String>, TrackerError> {
        let missing = || TrackerError::NotFound {
            what: "a saved copy of this list".into(),
        };
        let meta = cache.meta(&self.api_url, path).ok_or_else(missing)?;
        let bodies = (1..=meta.pages)
            .map(|n| cache.page(&self.api_url, path, n).map(|p| p.body))
            .collect::<Option<Vec<String>>>()
            .ok_or_else(missing)?;
        let mut from = self.served_from.lock().unwrap_or_else(|e| e.into_inner());
        *from = Some(from.map_or(meta.fetched_at, |t| t.min(meta.fetched_at)));
        Ok(bodies)
    }

    /// Fetches every page of a list. With a saved copy of it (a warm run),
    /// every known page goes out at once with its ETag, plus the page after
    /// the last, so an unchanged queue costs one round trip; without one,
    /// the first page's `Link` says what to fetch next.
    pub(super) async fn get_pages_with(
        &self,
        path: &str,
        target: Target,
        cache: Option<&PageCache>,
    ) -> Result<Vec<String>, TrackerError> {
        let known = cache
            .and_then(|c| c.meta(&self.api_url, path))
            .map(|m| m.pages)
            .filter(|&n| n > 0);
        if let (Some(cache), Some(known)) = (cache, known) {
            return self.burst(path, target, cache, known as u32).await;
        }
        let first = self.get_page(path, 1, target.clone(), cache).await?;
        let mut pages = vec![first];
        self.walk(path, target, cache, &mut pages).await?;
        Ok(pages.into_iter().map(|p| p.body).collect())
    }

    /// Asks for pages `1..=known + 1` at once and makes sense of the answers:
    /// the list ends before the first page that is gone (404) or empty (it
    /// shrank); a page after the last known one that has items means it grew,
    /// and `walk` fetches the rest from that page's `Link`.
    async fn burst(
        &self,
        path: &str,
        target: Target,
        cache: &PageCache,
        known: u32,
    ) -> Result<Vec<String>, TrackerError> {
        let answers = futures::future::try_join_all((1..=known + 1).map(|n| {
            let t = target.clone();
            async move {
                match self.get_page(path, n, t, Some(cache)).await {
                    // Past the end of a list that shrank.
                    Err(TrackerError::NotFound { .. }) if n > 1 => Ok(None),
                    other => other.map(Some),
                }
            }
        }))
        .await?;
        let mut pages = Vec::with_capacity(answers.len());
        for (n, page) in answers.into_iter().enumerate() {
            match page {
                Some(p) if n == 0 || !is_empty_page(&p.body) => pages.push(p),
                _ => break,
            }
        }
        if pages.len() as u32 > known {
            self.walk(path, target, Some(cache), &mut pages).await?;
        }
        Ok(pages.into_iter().map(|p| p.body).collect())
    }

    /// Fetches the pages after the last one in `pages`, as its `Link` says:
    /// all at once up to `rel="last"`, or one after another along `rel="next"`.
    async fn walk(
        &self,
        path: &str,
        target: Target,
        cache: Option<&PageCache>,
        pages: &mut Vec<CachedPage>,
    ) -> Result<(), TrackerError> {
        let Some(tail) = pages.last() else {
            return Ok(());
        };
        let link = tail.link.clone().unwrap_or_default();
        let at = pages.len() as u32;
        if let Some(last) = link_target(&link, "last").and_then(page_number) {
            let rest = futures::future::try_join_all(
                (at + 1..=last).map(|n| self.get_page(path, n, target.clone(), cache)),
            )
            .await?;
            pages.extend(rest);
            return Ok(());
        }
        let mut next = link_target(&link, "next").and_then(page_number);
        while let Some(n) = next.filter(|_| pages.len() < 1000) {
            let page = self.get_page(path, n, target.clone(), cache).await?;
            next = page
                .link
                .as_deref()
                .and_then(|l| link_target(l, "next"))
                .and_then(page_number);
            pages.push(page);
        }
        Ok(())
    }

    /// Fetches page `n` of the list at `path`; with a cache, conditionally.
    /// At most `page_concurrency` requests are in flight at once, across
    /// every list this tracker reads.
    pub(super) async fn get_page(
        &self,
        path: &str,
        n: u32,
        target: Target,
        cache: Option<&PageCache>,
    ) -> Result<CachedPage, TrackerError> {
        let sep = if path.contains('?') { '&' } else { '?' };
        let url = format!("{path}{sep}per_page={PER_PAGE}&page={n}");
        let saved = cache.and_then(|c| c.page(&self.api_url, path, n as usize));
        let tag = saved.as_ref().map(|p| p.etag.as_str());
        let target = match target {
            // Past the end of a list is not the repository missing.
            Target::Repo if n > 1 => Target::Other(format!("page {n} of the list")),
            t => t,
        };
        let reply = {
            let _permit = self.in_flight.acquire().await;
            self.request_if(Verb::Get, &url, None, Repeat::Safe, target, tag)
                .await?
        };
        if reply.status == 304 {
            return saved.ok_or_else(|| TrackerError::InvalidResponse {
                detail: "304 Not Modified for a page idreq did not ask about".into(),
            });
        }
        let page = CachedPage {
            etag: reply.etag.unwrap_or_default(),
            link: reply.link,
            body: reply.body,
        };
        if let Some(c) = cache.filter(|_| !page.etag.is_empty()) {
            c.store_page(&self.api_url, path, n as usize, &page);
        }
        Ok(page)
    }

    pub(super) async fn get_issue(&self, number: u64) -> Result<Issue, TrackerError> {
        // https://docs.github.com/en/rest/issues/issues#get-an-issue
        let path = format!("{}/issues/{number}", self.repo_path());
        let reply = self
            .request(Verb::Get, &path, None, Repeat::Safe, Target::Issue(number))
            .await?;
        Ok(parse_json::<GhIssue>(&reply.body)?.into())
    }

    /// Looks through the newest issues this user opened (consistent at once,
    /// unlike the search index) for request `id`.
    pub(super) async fn find_recent(&self, id: &RequestId) -> Result<Option<Issue>, TrackerError> {
        let me = self.current_user().await?;
        // https://docs.github.com/en/rest/issues/issues#list-repository-issues
        let path = format!(
            "{}/issues?state=all&creator={}&sort=created&direction=desc&per_page={PER_PAGE}",
            self.repo_path(),
            encode(&me)
        );
        let reply = self
            .request(Verb::Get, &path, None, Repeat::Safe, Target::Repo)
            .await?;
        let issues: Vec<GhIssue> = parse_json(&reply.body)?;
        Ok(issues
            .into_iter()
            .filter(|i| i.pull_request.is_none())
            .map(Issue::from)
            .find(|i| carries(i, id)))
    }

    /// Runs an issue search in this repository, all pages; `cached` goes
    /// through the page cache.
    pub(super) async fn search(
        &self,
        query: &str,
        cached: bool,
    ) -> Result<Vec<Issue>, TrackerError> {
        // https://docs.github.com/en/rest/search/search#search-issues-and-pull-requests
        let path = format!("/search/issues?q={}", encode(query));
        let target = Target::Other("the search".into());
        let bodies = if cached {
            self.get_pages_cached(&path, target).await?
        } else {
            self.get_pages(&path, target).await?
        };
        let mut out = Vec::new();
        for b in bodies {
            let page: GhSearch = parse_json(&b)?;
            out.extend(
                page.items
                    .into_iter()
                    .filter(|i| i.pull_request.is_none())
                    .map(Issue::from),
            );
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_link_headers() {
        let link = r#"<http://127.0.0.1:9/repos/o/r/issues?per_page=100&page=2>; rel="next", <http://127.0.0.1:9/repos/o/r/issues?per_page=100&page=3>; rel="last""#;
        assert_eq!(link_target(link, "last").and_then(page_number), Some(3));
        assert_eq!(link_target(link, "next").and_then(page_number), Some(2));
        assert_eq!(link_target(link, "prev"), None);
    }

    #[test]
    fn tells_empty_pages_from_pages_with_items() {
        assert!(is_empty_page("[]"));
        assert!(is_empty_page(" []\n"));
        assert!(is_empty_page(
            r#"{"total_count":0,"incomplete_results":false,"items":[]}"#
        ));
        assert!(!is_empty_page(r#"[{"number":1}]"#));
        assert!(!is_empty_page(
            r#"{"total_count":1,"items":[{"number":1}]}"#
        ));
        assert!(!is_empty_page(&format!(
            "[{}]",
            "{\"n\":1},".repeat(200) + "{}"
        )));
        assert!(!is_empty_page("not json"));
    }

    #[test]
    fn encodes_label_names() {
        assert_eq!(encode("status: new"), "status%3A%20new");
        assert_eq!(encode("a,b"), "a%2Cb");
    }
}
