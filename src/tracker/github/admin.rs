//! GitHub-only calls that are not part of `Tracker`: who the token belongs
//! to, its rights on the repository, and the label sync (`idreq auth`,
//! `idreq labels`).

use super::*;

/// Who the token belongs to, and what it may do (`GET /user`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TokenOwner {
    pub login: String,
    /// From `X-OAuth-Scopes`; `None` for fine-grained tokens, which send none.
    pub scopes: Option<Vec<String>>,
}

/// The token's rights on the repository (`permissions` of `GET /repos/{owner}/{repo}`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct RepoAccess {
    pub admin: bool,
    pub maintain: bool,
    pub push: bool,
    pub triage: bool,
    pub pull: bool,
}

impl RepoAccess {
    /// Returns true when labels and assignees set at creation will stick.
    pub fn can_triage(&self) -> bool {
        self.triage || self.push || self.maintain || self.admin
    }
}

/// A repository label.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LabelSpec {
    pub name: String,
    /// Six hex digits, no `#`.
    pub color: String,
    #[serde(default)]
    pub description: Option<String>,
}

impl GitHubTracker {
    /// Returns who the token belongs to and its classic scopes.
    pub async fn token_owner(&self) -> Result<TokenOwner, TrackerError> {
        // https://docs.github.com/en/rest/users/users#get-the-authenticated-user
        let reply = self
            .request(
                Verb::Get,
                "/user",
                None,
                Repeat::Safe,
                Target::Other("the user".into()),
            )
            .await?;
        let user: GhUser = parse_json(&reply.body)?;
        let scopes = reply.scopes.map(|s| {
            s.split(',')
                .map(|x| x.trim().to_string())
                .filter(|x| !x.is_empty())
                .collect()
        });
        let _ = self.user.set(user.login.clone());
        Ok(TokenOwner {
            login: user.login,
            scopes,
        })
    }

    /// Returns the token's rights on the repository.
    pub async fn repo_access(&self) -> Result<RepoAccess, TrackerError> {
        // https://docs.github.com/en/rest/repos/repos#get-a-repository
        let reply = self
            .request(
                Verb::Get,
                &self.repo_path(),
                None,
                Repeat::Safe,
                Target::Repo,
            )
            .await?;
        let repo: GhRepo = parse_json(&reply.body)?;
        Ok(repo.permissions.unwrap_or_default())
    }

    /// Lists the repository's labels.
    pub async fn repo_labels(&self) -> Result<Vec<LabelSpec>, TrackerError> {
        // https://docs.github.com/en/rest/issues/labels#list-labels-for-a-repository
        let path = format!("{}/labels", self.repo_path());
        let mut out = Vec::new();
        for b in self.get_pages(&path, Target::Repo).await? {
            out.extend(parse_json::<Vec<LabelSpec>>(&b)?);
        }
        Ok(out)
    }

    /// Creates a label.
    pub async fn create_label(&self, label: &LabelSpec) -> Result<(), TrackerError> {
        // https://docs.github.com/en/rest/issues/labels#create-a-label
        let path = format!("{}/labels", self.repo_path());
        let body = serde_json::to_value(label).unwrap_or_default();
        self.request(Verb::Post, &path, Some(&body), Repeat::Unsafe, Target::Repo)
            .await
            .map(|_| ())
    }

    /// Updates the label now called `current` (colour, description, and the
    /// spelling of its name).
    pub async fn update_label(&self, current: &str, label: &LabelSpec) -> Result<(), TrackerError> {
        // https://docs.github.com/en/rest/issues/labels#update-a-label
        let path = format!("{}/labels/{}", self.repo_path(), encode(current));
        let body = json!({
            "new_name": label.name,
            "color": label.color,
            "description": label.description.clone().unwrap_or_default(),
        });
        self.request(Verb::Patch, &path, Some(&body), Repeat::Safe, Target::Repo)
            .await
            .map(|_| ())
    }
}
