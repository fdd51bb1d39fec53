import Link from "@docusaurus/Link";
import useDocusaurusContext from "@docusaurus/useDocusaurusContext";
import Heading from "@theme/Heading";
import Layout from "@theme/Layout";
import type { ReactNode } from "react";
import { questions } from "../data/questions";
import { renderInlineCode } from "../data/renderInlineCode";
import styles from "./index.module.css";

/** The landing page: the four questions with their short answers. */
export default function Home(): ReactNode {
  const { siteConfig } = useDocusaurusContext();
  return (
    <Layout title="Neural-network questions, answered with live code" description={siteConfig.tagline}>
      <header className={styles.hero}>
        <div className="container">
          <Heading as="h1" id="nn-explained">
            {siteConfig.title}
          </Heading>
          <p className={styles.tagline}>{siteConfig.tagline}</p>
          <p>
            Each answer is checked against scikit-learn and PyTorch, and every claim comes with code you can edit and
            run in the page.
          </p>
        </div>
      </header>
      <main className="container">
        <ol className={styles.questions}>
          {questions.map((q) => (
            <li key={q.slug} className={styles.question}>
              <Heading as="h2" id={q.slug}>
                <Link to={`/${q.slug}`}>{renderInlineCode(q.title)}</Link>
              </Heading>
              <p>{renderInlineCode(q.shortAnswer)}</p>
              <Link to={`/${q.slug}`} aria-label={`Read the full answer: ${q.title}`}>
                Read the full answer →
              </Link>
            </li>
          ))}
        </ol>
      </main>
    </Layout>
  );
}
