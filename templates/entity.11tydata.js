// What a page's address and title are made of, in JavaScript: Eleventy 3.1 compiles a Nunjucks string of front
// matter again for every page of a paginated template.
export default {
  permalink: (data) => `entities/${data.entity.id}/index.html`,
  eleventyComputed: {
    pageTitle: (data) => data.entity.name,
  },
};
